/* Tests for style: the reader's bars, text area and text sizes for the
 * screens the kiosk meets, landscape and portrait. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

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
            style_screen(w, h, t, &sc);
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
    style_screen(1920, 1080, STYLE_TEXT_SIZE_DEFAULT, &sc);
    assert_int_equal(sc.style.body_px, 54); /* 1/20 of the height */
    style_screen(1080, 1920, STYLE_TEXT_SIZE_DEFAULT, &sc);
    assert_int_equal(sc.style.body_px, 54); /* rotated: same letters, more lines */
    assert_true(sc.text.h > sc.text.w);
    for (int t = STYLE_TEXT_SIZE_MIN; t <= STYLE_TEXT_SIZE_MAX; t++) {
        style_screen(800, 480, t, &sc);
        if (t > STYLE_TEXT_SIZE_MIN) assert_true(sc.style.body_px > prev.style.body_px);
        prev = sc;
    }
    style_screen(800, 480, 0, &sc);
    assert_int_equal(sc.text_size, STYLE_TEXT_SIZE_MIN);
    style_screen(800, 480, 9, &sc);
    assert_int_equal(sc.text_size, STYLE_TEXT_SIZE_MAX);
    style_screen(0, 0, 3, &sc); /* nonsense size: still a usable answer */
    assert_true(sc.text.w >= 1 && sc.text.h >= 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_geometry),
        cmocka_unit_test(test_sizes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
