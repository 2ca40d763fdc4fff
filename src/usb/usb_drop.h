/* usb_drop: storstil-usb gives up every privilege before it reads a stick,
 * so neither it, storstil-import nor pdftotext can mount, remount or
 * otherwise use a capability, whoever started it. */
#ifndef STORSTIL_USB_DROP_H
#define STORSTIL_USB_DROP_H

#include <stdbool.h>
#include <stddef.h>

/* Drops every capability this process holds and every one a later exec
 * could gain: the bounding set where allowed (CAP_SETPCAP), the ambient and
 * inheritable sets, permitted and effective (capset, where the unit's
 * system-call filter lets it), and sets no_new_privs. True when, after it,
 * the permitted, effective and ambient sets are empty and no_new_privs is
 * set (the inheritable set may stay where capset is filtered: under
 * no_new_privs no exec gains from it); false with the reason in err. */
bool usb_drop_privileges(char *err, size_t cap);

/* Clears the ambient set and sets no_new_privs only: what a process that
 * keeps its own CAP_SYS_ADMIN (for the unmount) does in the child it
 * starts, just before exec, so the program it runs holds no capability
 * (with a non-root user nothing else is passed on through exec). */
void usb_drop_for_exec(void);

#endif
