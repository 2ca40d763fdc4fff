/* app_usb: owns the USB import's report on screen: the sentence made from a
 * status (singular and plural from lang), how long the shelf's banner
 * stays, and the line the Info screen keeps. It reads no file (the kiosk
 * hands it a parsed UsbStatus) and draws nothing. */
#include "app_internal.h"

#include <stdio.h>
#include <string.h>

/* Appends the sentence of id for count n (and names) to buf at *o. */
static void add(const App *app, char *buf, size_t *o, StringId id, int n, const char *names)
{
    if (*o >= APP_USB_TEXT_MAX - 1) return;
    if (*o) buf[(*o)++] = ' ';
    int w = lang_format(buf + *o, APP_USB_TEXT_MAX - *o, app->lang, id, n, names);
    if (w > 0) *o += (size_t)w;
    if (*o >= APP_USB_TEXT_MAX) *o = APP_USB_TEXT_MAX - 1;
}

/* The failed names, "a.pdf, b.vtt", with "…" when not all are listed. */
static void failed_names(const UsbStatus *st, char *out, size_t cap)
{
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < st->n_names && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s%s", i ? ", " : "", st->names[i]);
    if (st->failed > st->n_names && o < cap)
        snprintf(out + o, cap - o, ", …");
}

void app_set_usb_status(App *app, const UsbStatus *st, int64_t now_ms)
{
    char *t = app->usb_text;
    size_t o = 0;
    t[0] = '\0';
    if (st->key != USBSTATUS_KEY_OK) {
        add(app, t, &o, STR_USB_NO_KEY, 0, NULL);
    } else if (st->state == USBSTATUS_RUNNING) {
        add(app, t, &o, STR_USB_RUNNING, 0, NULL);
    } else {
        if (st->state == USBSTATUS_INTERRUPTED) add(app, t, &o, STR_USB_INTERRUPTED, 0, NULL);
        char names[USBSTATUS_NAMES * (USBSTATUS_NAME_MAX + 2) + 8];
        failed_names(st, names, sizeof names);
        if (st->added) add(app, t, &o, STR_USB_ADDED, st->added, NULL);
        if (st->replaced) add(app, t, &o, STR_USB_REPLACED, st->replaced, NULL);
        if (st->removed) add(app, t, &o, STR_USB_REMOVED, st->removed, NULL);
        if (st->failed) add(app, t, &o, STR_USB_FAILED, st->failed, names);
        if (st->skipped) add(app, t, &o, STR_USB_SKIPPED, st->skipped, NULL);
        if (!o) add(app, t, &o, STR_USB_NOTHING, 0, NULL); /* an interrupted run with no count says only that */
    }
    app->usb_until = now_ms + APP_USB_BANNER_MS;
    if (app->screen == APP_SCREEN_ATTRACT) { /* staff are at the kiosk: the shelf, a while */
        app->quiet_from = now_ms;
        app_show_shelf(app);
    }
}

void app_usb_view(const App *app, int64_t now, AppView *v)
{
    v->usb_last = app->usb_text[0] ? app->usb_text : NULL;
    v->usb_banner = v->usb_last && now < app->usb_until && app->screen == APP_SCREEN_SHELF ? app->usb_text
                                                                                           : NULL;
}

int64_t app_usb_deadline(const App *app, int64_t now)
{
    return app->usb_text[0] && now < app->usb_until ? app->usb_until : -1;
}
