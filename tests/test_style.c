/* Tests for style: the reader's bars, text area and text sizes for the
 * screens the kiosk meets, landscape and portrait. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "core/style.h"

static const int screens[][2] = {{800, 480}, {1280, 800}, {1920, 1080}, {480, 800},
                                 {1080, 1920}, {1024, 600}, {320, 240}};

static void test_geometry(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++) {
        int w = screens[i][0], h = screens[i][1], s = w < h ? w : h;
        for (int t = STYLE_TEXT_SIZE_MIN; t <= STYLE_TEXT_SIZE_MAX; t++) {
            StyleScreen sc;
            style_screen(w, h, 0, t, &sc);
            assert_int_equal(sc.text_size, t);
            assert_true(sc.top_bar.h >= STYLE_BAR_MIN_PX || sc.top_bar.h == h / 3);
            if (s >= 480) assert_true(sc.top_bar.h * 100 <= s * 14 || sc.top_bar.h == STYLE_BAR_MIN_PX);
            assert_int_equal(sc.bottom_bar.y + sc.bottom_bar.h, h);
            assert_true(sc.text.y >= sc.top_bar.h);
            assert_true(sc.text.y + sc.text.h <= sc.bottom_bar.y);
            assert_true(sc.text.x >= w * 4 / 100 && sc.text.x <= w * 6 / 100 + 8);
            assert_int_equal(sc.text.x * 2 + sc.text.w, w);
            assert_true(sc.style.line_px * 10 >= sc.style.body_px * 14);
            assert_true(sc.style.heading_px > sc.style.body_px);
            assert_true(sc.style.heading_line_px * 10 >= sc.style.heading_px * 14);
        }
    }
}

static void test_sizes(void **state)
{
    (void)state;
    StyleScreen sc, prev;
    style_screen(1920, 1080, 0, STYLE_TEXT_SIZE_DEFAULT, &sc);
    assert_int_equal(sc.style.body_px, 54); /* 1/20 of the height */
    style_screen(1080, 1920, 0, STYLE_TEXT_SIZE_DEFAULT, &sc);
    assert_int_equal(sc.style.body_px, 54); /* rotated: same letters, more lines */
    assert_true(sc.text.h > sc.text.w);
    for (int t = STYLE_TEXT_SIZE_MIN; t <= STYLE_TEXT_SIZE_MAX; t++) {
        style_screen(800, 480, 0, t, &sc);
        if (t > STYLE_TEXT_SIZE_MIN) assert_true(sc.style.body_px > prev.style.body_px);
        prev = sc;
    }
    style_screen(800, 480, 0, 0, &sc);
    assert_int_equal(sc.text_size, STYLE_TEXT_SIZE_MIN);
    style_screen(800, 480, 0, 9, &sc);
    assert_int_equal(sc.text_size, STYLE_TEXT_SIZE_MAX);
    style_screen(0, 0, 0, 3, &sc); /* nonsense size: still a usable answer */
    assert_true(sc.text.w >= 1 && sc.text.h >= 1);
}

/* Where the screen's size is known, the body's x-height at size 3 is at
 * least 3.5 mm (5.2 at size 5), controls 15 mm and gaps 3 mm; a big screen
 * keeps today's sizes; a short one gets one bar and still 4 lines at size 3
 * and 3 at size 5. */
static void test_millimetres(void **state)
{
    (void)state;
    static const struct { int w, h, w_mm, h_mm, one_bar; } panels[] = {
        {800, 480, 154, 86, 1},   /* Raspberry Pi Touch Display 7" */
        {720, 1280, 88, 155, 0},  /* Touch Display 2, portrait */
        {1280, 800, 217, 136, 0}, /* 10.1" */
    };
    for (size_t i = 0; i < sizeof panels / sizeof *panels; i++) {
        double ppm = style_px_per_mm(panels[i].w, panels[i].h, panels[i].w_mm, panels[i].h_mm);
        StyleScreen s3, s5;
        style_screen(panels[i].w, panels[i].h, ppm, 3, &s3);
        style_screen(panels[i].w, panels[i].h, ppm, 5, &s5);
        assert_true(style_x_height_mm(s3.style.body_px, ppm) >= 3.5);
        assert_true(style_x_height_mm(s5.style.body_px, ppm) >= 5.2);
        assert_true(s3.touch_px >= 15.0 * ppm && s3.gap_px >= 3.0 * ppm);
        assert_true(s3.bottom_bar.h >= s3.touch_px + s3.gap_px);
        assert_int_equal(s3.one_bar, panels[i].one_bar);
        assert_true(s3.text.h / s3.style.line_px >= 4);
        assert_true(s5.text.h / s5.style.line_px >= 3);
    }
    /* 21.5" 1080p: the pixel rule already gives more than the minimum. */
    StyleScreen big, today;
    style_screen(1920, 1080, style_px_per_mm(1920, 1080, 476, 268), 3, &big);
    style_screen(1920, 1080, 0, 3, &today);
    assert_int_equal(big.style.body_px, today.style.body_px);
    assert_int_equal(big.style.body_px, 54);
    assert_int_equal(big.top_bar.h, today.top_bar.h);
    assert_false(big.one_bar);
    /* 7": 39 px body at size 3, where the pixel rule gave 24 */
    StyleScreen pi;
    style_screen(800, 480, style_px_per_mm(800, 480, 154, 86), 3, &pi);
    assert_int_equal(pi.style.body_px, 39);
    assert_true(fabs(style_px_per_mm(800, 480, 154, 86) - (800.0 / 154 + 480.0 / 86) / 2) < 1e-9);
    assert_true(style_px_per_mm(800, 480, 0, 86) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_millimetres),
        cmocka_unit_test(test_geometry),
        cmocka_unit_test(test_sizes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
