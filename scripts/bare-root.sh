# Shared by check-bare-debian and check-deb-install (sourced, POSIX sh): a fresh Debian root
# made by debootstrap --variant=minbase, with /proc, /sys and /dev mounted for chroot.
# The pristine root is kept as a tarball in $BARE_CACHE, so a second run downloads nothing.
BARE_SUITE=${BARE_SUITE:-bookworm}
BARE_MIRROR=${BARE_MIRROR:-http://deb.debian.org/debian}
BARE_CACHE=${BARE_CACHE:-/var/tmp/boardpack-debootstrap-cache}

# bare_root DIR: a fresh minbase root in DIR (DIR must not exist).
bare_root() {
    [ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 1; }
    command -v debootstrap >/dev/null || { echo "install debootstrap first" >&2; exit 1; }
    tarball=$BARE_CACHE/$BARE_SUITE-minbase.tar
    mkdir -p "$BARE_CACHE" "$1"
    if [ ! -f "$tarball" ]; then
        debootstrap --variant=minbase "$BARE_SUITE" "$BARE_CACHE/root.$$" "$BARE_MIRROR" >/dev/null
        tar -C "$BARE_CACHE/root.$$" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
        rm -rf "$BARE_CACHE/root.$$"
    fi
    tar -C "$1" -xf "$tarball"
    cp /etc/resolv.conf "$1/etc/resolv.conf"
    mount -t proc proc "$1/proc"
    mount -t sysfs sys "$1/sys"
    mount --bind /dev "$1/dev"
    mount --bind /dev/pts "$1/dev/pts"
    BARE_ROOT=$1
}

# bare_cleanup: unmounts and removes the root made by bare_root.
bare_cleanup() {
    [ -n "${BARE_ROOT:-}" ] || return 0
    for m in dev/pts dev sys proc; do umount -l "$BARE_ROOT/$m" 2>/dev/null || true; done
    rm -rf "$BARE_ROOT"
}

# in_root CMD…: runs a shell command inside the root, as root, with a clean environment.
in_root() {
    chroot "$BARE_ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 /bin/sh -c "$*"
}

# as_user USER CMD…: the same as an unprivileged user.
as_user() {
    chroot --userspec="$1:$1" "$BARE_ROOT" /usr/bin/env -i HOME="/home/$1" \
        PATH=/usr/bin:/bin LANG=C.UTF-8 /bin/sh -c "$2"
}

# now: the time in seconds.
now() { date +%s; }
