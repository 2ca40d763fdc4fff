/* usbstatus: owns the status file's format, both ways. It reads and writes
 * memory only: storstil-usb puts the text in place atomically, the kiosk
 * reads it through readfile. No SDL, no clock. */
#include "usbstatus.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER "storstil-usb-status 1"

static const char *const key_words[] = {"ok", "bad", "none"};
_Static_assert(sizeof key_words / sizeof *key_words == USBSTATUS_KEY_COUNT, "a word for each key state");
static const char *const state_words[] = {"done", "running", "interrupted"};
_Static_assert(sizeof state_words / sizeof *state_words == USBSTATUS_STATE_COUNT, "a word for each state");

void usbstatus_add_name(UsbStatus *s, const char *name)
{
    if (s->n_names < USBSTATUS_NAMES)
        usbstatus_printable(name, s->names[s->n_names++], USBSTATUS_NAME_MAX);
}

void usbstatus_printable(const char *name, char *out, size_t cap)
{
    size_t len = strlen(name), o = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = utf8_decode(name + i, len - i, &cp);
        bool bad = cp == UTF8_REPLACEMENT || cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || utf8_is_invisible(cp);
        size_t w = bad ? 1 : n;
        if (o + w >= cap)
            break;
        if (bad)
            out[o] = '?';
        else
            memcpy(out + o, name + i, n);
        o += w;
        i += n;
    }
    out[o] = '\0';
}

size_t usbstatus_format(const UsbStatus *s, char *buf, size_t cap)
{
    int n = snprintf(buf, cap,
                     HEADER "\ntime=%lld\nstate=%s\nkey=%s\nadded=%d\nreplaced=%d\nremoved=%d\nfailed=%d\nskipped=%d\n",
                     s->time, state_words[s->state], key_words[s->key], s->added, s->replaced, s->removed, s->failed, s->skipped);
    size_t len = n > 0 ? (size_t)n : 0;
    for (int i = 0; i < s->n_names && len < cap; i++) {
        n = snprintf(buf + len, cap - len, "failed_name=%s\n", s->names[i]);
        len += n > 0 ? (size_t)n : 0;
    }
    return len < cap ? len : cap - 1;
}

/* A count 0..1000000 from v into *out; false when v is anything else. */
static bool parse_count(const char *v, int *out)
{
    char *end;
    long x = strtol(v, &end, 10);
    if (end == v || *end || x < 0 || x > 1000000 || v[0] == '-' || v[0] == '+')
        return false;
    *out = (int)x;
    return true;
}

/* Applies one "key=value" line; false when a known key has a bad value. */
static bool parse_line(UsbStatus *s, const char *k, const char *v)
{
    if (!strcmp(k, "time")) {
        char *end;
        s->time = strtoll(v, &end, 10);
        return end != v && !*end;
    }
    if (!strcmp(k, "key")) {
        for (int i = 0; i < USBSTATUS_KEY_COUNT; i++)
            if (!strcmp(v, key_words[i])) {
                s->key = (UsbStatusKey)i;
                return true;
            }
        return false;
    }
    if (!strcmp(k, "state")) {
        for (int i = 0; i < USBSTATUS_STATE_COUNT; i++)
            if (!strcmp(v, state_words[i])) {
                s->state = (UsbStatusState)i;
                return true;
            }
        return false;
    }
    if (!strcmp(k, "failed_name")) {
        usbstatus_add_name(s, v);
        return true;
    }
    static const char *const counts[] = {"added", "replaced", "removed", "failed", "skipped"};
    int *slots[] = {&s->added, &s->replaced, &s->removed, &s->failed, &s->skipped};
    for (int i = 0; i < 5; i++)
        if (!strcmp(k, counts[i]))
            return parse_count(v, slots[i]);
    return true; /* a later version's key */
}

bool usbstatus_parse(const char *text, UsbStatus *s)
{
    memset(s, 0, sizeof *s);
    s->key = USBSTATUS_KEY_NONE;
    size_t hl = strlen(HEADER);
    if (strncmp(text, HEADER, hl) != 0 || (text[hl] != '\n' && text[hl] != '\0'))
        return false;
    const char *p = text + hl;
    while (*p) {
        p += *p == '\n';
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        char line[USBSTATUS_NAME_MAX + 64];
        if (len < sizeof line) {
            memcpy(line, p, len);
            line[len] = '\0';
            char *eq = strchr(line, '=');
            if (eq) {
                *eq = '\0';
                if (!parse_line(s, line, eq + 1))
                    return false;
            }
        }
        p += len;
    }
    return true;
}
