#!/usr/bin/env python3
"""Draws CareerReport's brand mark: three rising bars, white on the theme's accent blue, in a
rounded square with a transparent outside. Writes an 8-bit RGBA PNG (96 x 96 pixels, shown
about 30 points wide, so it stays sharp on high-density screens and in print).

Usage: scripts/make-brand-mark.py [OUTPUT]   (default: templates/images/careerreport-mark.png)
Only the Python standard library is needed; the same script always writes the same bytes.
"""
import struct
import sys
import zlib

SIZE = 96          # pixels per side
SAMPLES = 4        # sub-samples per pixel and axis, for smooth edges
ACCENT = (0x17, 0x69, 0xAA)   # theme.json colors.accent
WHITE = (0xFF, 0xFF, 0xFF)
RADIUS = 20        # corner radius of the square, in pixels
# The bars: left edge, width, top (in pixels of the 96-pixel square); all end at BASELINE.
BARS = [(20, 14, 50), (41, 14, 36), (62, 14, 20)]
BASELINE = 76
BAR_RADIUS = 4     # rounded tops


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    """True when (x, y) lies inside the rectangle with corners rounded by radius."""
    if x < left or x > right or y < top or y > bottom:
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_bar(x, y):
    for left, width, top in BARS:
        # A rounded top, a square foot: extend the rounded rectangle below the baseline and clip.
        if y <= BASELINE and in_rounded_rect(x, y, left, top, left + width, BASELINE + BAR_RADIUS, BAR_RADIUS):
            return True
    return False


def pixel(px, py):
    """Averaged RGBA of one pixel."""
    inside = white = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = px + (sx + 0.5) / SAMPLES
            y = py + (sy + 0.5) / SAMPLES
            if in_rounded_rect(x, y, 0, 0, SIZE, SIZE, RADIUS):
                inside += 1
                if in_bar(x, y):
                    white += 1
    total = SAMPLES * SAMPLES
    if inside == 0:
        return (0, 0, 0, 0)
    share = white / inside
    rgb = tuple(round(a + (w - a) * share) for a, w in zip(ACCENT, WHITE))
    return rgb + (round(255 * inside / total),)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else "templates/images/careerreport-mark.png"
    rows = b"".join(b"\0" + bytes(v for x in range(SIZE) for v in pixel(x, y)) for y in range(SIZE))
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )
    with open(output, "wb") as file:
        file.write(png)
    print(f"{output}: {len(png)} bytes")


if __name__ == "__main__":
    main()
