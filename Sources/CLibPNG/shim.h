#ifndef CAREERREPORT_CLIBPNG_SHIM_H
#define CAREERREPORT_CLIBPNG_SHIM_H
// libpng 1.6 (Debian libpng-dev). libpng reports errors by longjmp, which Swift cannot catch:
// every libpng call is made inside crpng_read below, whose setjmp catches them, so Swift
// only ever sees a return value and a message.
#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// What crpng_read learned about a PNG.
typedef struct {
    /// The picture's size in pixels.
    uint32_t width;
    uint32_t height;
    /// 8-bit channels per decoded pixel: 1 gray, 2 gray and alpha, 3 RGB, 4 RGB and alpha.
    int channels;
    /// Bits per sample as stored in the file (1, 2, 4, 8 or 16).
    int bit_depth;
    /// 1 when the file is interlaced (Adam7).
    int interlaced;
    /// Why reading failed, in libpng's words; empty after success.
    char message[160];
} crpng_info;

/// The bytes being read and where reading has got to.
typedef struct {
    const unsigned char *data;
    size_t size;
    size_t offset;
    crpng_info *info;
} crpng_source;

static void crpng_read_data(png_structp png, png_bytep out, size_t length) {
    crpng_source *source = (crpng_source *)png_get_io_ptr(png);
    if (length > source->size - source->offset) png_error(png, "the file ends too early");
    memcpy(out, source->data + source->offset, length);
    source->offset += length;
}

static void crpng_error(png_structp png, png_const_charp message) {
    crpng_source *source = (crpng_source *)png_get_error_ptr(png);
    strncpy(source->info->message, message, sizeof(source->info->message) - 1);
    source->info->message[sizeof(source->info->message) - 1] = '\0';
    png_longjmp(png, 1);
}

static void crpng_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

/// Reads the PNG held in `data`. With `pixels` NULL, reads only the header into `info`.
/// Otherwise decodes the whole image into `pixels` (width * height * channels bytes, rows top
/// to bottom), checking every chunk up to IEND: palettes and bit depths below 8 are expanded,
/// transparency becomes an alpha channel, 16-bit samples are scaled to 8 bits, interlaced
/// images are put together; gamma is left as stored (as libharu and browsers treat 8-bit
/// files). Returns 1 on success, 0 with `info->message` set on failure.
static inline int crpng_read(const unsigned char *data, size_t size, unsigned char *pixels, crpng_info *info) {
    memset(info, 0, sizeof(*info));
    crpng_source source = {data, size, 0, info};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, crpng_error, crpng_warning);
    if (png == NULL) {
        strcpy(info->message, "out of memory");
        return 0;
    }
    png_infop header = png_create_info_struct(png);
    png_bytep *volatile rows = NULL;
    if (header == NULL || setjmp(png_jmpbuf(png))) {
        free(rows);
        png_destroy_read_struct(&png, header == NULL ? NULL : &header, NULL);
        if (info->message[0] == '\0') strcpy(info->message, "out of memory");
        return 0;
    }
    png_set_read_fn(png, &source, crpng_read_data);
    png_read_info(png, header);
    info->width = png_get_image_width(png, header);
    info->height = png_get_image_height(png, header);
    info->bit_depth = png_get_bit_depth(png, header);
    info->interlaced = png_get_interlace_type(png, header) != PNG_INTERLACE_NONE;
    png_set_expand(png);
    png_set_scale_16(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, header);
    info->channels = png_get_channels(png, header);
    if (pixels != NULL) {
        size_t row_bytes = png_get_rowbytes(png, header);
        if (row_bytes != (size_t)info->width * (size_t)info->channels) png_error(png, "unexpected row size");
        rows = (png_bytep *)malloc(sizeof(png_bytep) * (info->height == 0 ? 1 : info->height));
        if (rows == NULL) png_error(png, "out of memory");
        for (uint32_t y = 0; y < info->height; y++) rows[y] = pixels + (size_t)y * row_bytes;
        png_read_image(png, rows);
        png_read_end(png, NULL);
    }
    free(rows);
    png_destroy_read_struct(&png, &header, NULL);
    return 1;
}
#endif
