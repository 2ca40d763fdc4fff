/* usb_drop: owns the capability sets and no_new_privs of storstil-usb and
 * so of every program it starts. Raw capget/capset (linux/capability.h):
 * no libcap. */
#include "usb_drop.h"

#include <errno.h>
#include <linux/capability.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef PR_CAP_AMBIENT
#define PR_CAP_AMBIENT 47
#define PR_CAP_AMBIENT_IS_SET 1
#define PR_CAP_AMBIENT_CLEAR_ALL 4
#endif

#define CAP_WORDS _LINUX_CAPABILITY_U32S_3
#define LAST_CAP_TRIED 63 /* beyond the kernel's last, PR_CAPBSET_DROP says EINVAL */

void usb_drop_for_exec(void)
{
    prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
}

/* The process's own sets into d; false when capget fails. */
static bool get_caps(struct __user_cap_data_struct d[CAP_WORDS])
{
    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    memset(d, 0, CAP_WORDS * sizeof d[0]);
    return syscall(SYS_capget, &h, d) == 0;
}

bool usb_drop_privileges(char *err, size_t cap)
{
    for (int c = 0; c <= LAST_CAP_TRIED; c++) /* needs CAP_SETPCAP: root from a shell */
        if (prctl(PR_CAPBSET_READ, c, 0, 0, 0) == 1)
            prctl(PR_CAPBSET_DROP, c, 0, 0, 0);
    usb_drop_for_exec();
    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct none[CAP_WORDS], now[CAP_WORDS];
    memset(none, 0, sizeof none);
    int set = (int)syscall(SYS_capset, &h, none); /* EPERM under the unit's filter: nothing to drop there */
    int set_errno = errno;
    /* The inheritable set may stay where capset is filtered (the unit's
     * AmbientCapabilities= puts CAP_SYS_ADMIN there): with the permitted
     * set empty and no_new_privs, no exec can turn it into a capability. */
    bool empty = get_caps(now) && prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_SYS_ADMIN, 0, 0) != 1;
    for (int i = 0; i < CAP_WORDS && empty; i++)
        empty = !now[i].effective && !now[i].permitted;
    if (!empty) {
        snprintf(err, cap, "cannot drop its capabilities (capset: %s)",
                 set == 0 ? "done, yet some are left" : strerror(set_errno));
        return false;
    }
    if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1) {
        snprintf(err, cap, "cannot set no_new_privs: %s", strerror(errno));
        return false;
    }
    return true;
}
