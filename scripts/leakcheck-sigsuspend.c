/*
 * Preloaded by scripts/leakcheck into career-report under valgrind; never part of the tool.
 *
 * Swift's async main parks the main thread in libdispatch's _dispatch_sigsuspend, which calls
 * sigsuspend() with a `static const sigset_t`, in read-only memory. valgrind's rt_sigsuspend
 * wrapper removes its own signal from that mask in place (coregrind/m_syswrap/syswrap-linux.c,
 * PRE(sys_rt_sigsuspend): VG_(sigdelset) on the caller's mask; still so upstream in 3.27.1), so
 * valgrind itself dies with SIGSEGV. This wrapper hands sigsuspend a writable copy of the mask:
 * the same call, with the same signals.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>

int sigsuspend(const sigset_t *mask) {
    static int (*next)(const sigset_t *);
    if (next == NULL) {
        next = (int (*)(const sigset_t *))dlsym(RTLD_NEXT, "sigsuspend");
    }
    sigset_t copy = *mask;
    return next(&copy);
}
