/* fuzz_usbstatus: the USB status file's parser on arbitrary text (the
 * kiosk reads whatever is at usb_status). usbstatus_parse must never crash;
 * what it accepts has counts in range and printable names, and writing it
 * out and reading it back gives the same status. A broken rule traps. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "core/usbstatus.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    UsbStatus a, b;
    if (usbstatus_parse(text, &a)) {
        CHECK(a.added >= 0 && a.replaced >= 0 && a.removed >= 0 && a.failed >= 0 && a.skipped >= 0);
        CHECK(a.n_names >= 0 && a.n_names <= USBSTATUS_NAMES);
        for (int i = 0; i < a.n_names; i++) {
            CHECK(memchr(a.names[i], '\0', USBSTATUS_NAME_MAX) != NULL);
            for (const char *p = a.names[i]; *p; p++) CHECK((unsigned char)*p >= 0x20 && *p != 0x7f);
        }
        char out[USBSTATUS_TEXT_MAX];
        usbstatus_format(&a, out, sizeof out);
        CHECK(usbstatus_parse(out, &b));
        CHECK(memcmp(&a, &b, offsetof(UsbStatus, names)) == 0);
        for (int i = 0; i < a.n_names; i++) CHECK(strcmp(a.names[i], b.names[i]) == 0);
    }
    free(text);
    return 0;
}
