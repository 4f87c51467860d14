// Writes the JPEG test fixtures beside it with libjpeg (Debian libjpeg-dev):
//   cc make-jpegs.c -ljpeg -o /tmp/make-jpegs && /tmp/make-jpegs
// photo.jpg    64 x 48 colour, baseline: a sky-blue to orange gradient with a dark square
// gray.jpg     32 x 32 gray, baseline: a diagonal ramp
// progressive.jpg  48 x 32 colour, progressive
// cmyk.jpg     16 x 16 CMYK (refused by CareerReport: many mail programs can't show it)
#include <stdio.h>
#include <jpeglib.h>

static void write(const char *name, int width, int height, int components, J_COLOR_SPACE space, int progressive) {
    FILE *file = fopen(name, "wb");
    struct jpeg_compress_struct c;
    struct jpeg_error_mgr errors;
    c.err = jpeg_std_error(&errors);
    jpeg_create_compress(&c);
    jpeg_stdio_dest(&c, file);
    c.image_width = width;
    c.image_height = height;
    c.input_components = components;
    c.in_color_space = space;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, 85, TRUE);
    if (progressive) jpeg_simple_progression(&c);
    jpeg_start_compress(&c, TRUE);
    JSAMPLE row[64 * 4];
    while (c.next_scanline < c.image_height) {
        int y = c.next_scanline;
        for (int x = 0; x < width; x++) {
            int dark = x > width / 3 && x < width * 2 / 3 && y > height / 3 && y < height * 2 / 3;
            JSAMPLE *p = row + x * components;
            if (components == 1) {
                p[0] = (JSAMPLE)((x + y) * 255 / (width + height - 2));
            } else if (components == 3) {
                p[0] = dark ? 30 : (JSAMPLE)(80 + 170 * x / width);
                p[1] = dark ? 40 : (JSAMPLE)(160 - 40 * x / width);
                p[2] = dark ? 60 : (JSAMPLE)(230 - 200 * x / width);
            } else {
                p[0] = 0; p[1] = (JSAMPLE)(y * 16); p[2] = (JSAMPLE)(x * 16); p[3] = 0;
            }
        }
        JSAMPROW rows[1] = {row};
        jpeg_write_scanlines(&c, rows, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    fclose(file);
}

int main(void) {
    write("photo.jpg", 64, 48, 3, JCS_RGB, 0);
    write("gray.jpg", 32, 32, 1, JCS_GRAYSCALE, 0);
    write("progressive.jpg", 48, 32, 3, JCS_RGB, 1);
    write("cmyk.jpg", 16, 16, 4, JCS_CMYK, 0);
    return 0;
}
