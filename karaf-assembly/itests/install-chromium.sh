#!/bin/sh
# Makes sure Debian's headless Chromium and its WebDriver are there for WebUiIT, installing the packages
# chromium and chromium-driver when /usr/bin/chromium or /usr/bin/chromedriver is missing. Run by the
# build (exec-maven-plugin, pre-integration-test); without them the browser test fails rather than skips.
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
echo "install-chromium.sh: /usr/bin/chromium or /usr/bin/chromedriver is missing; installing chromium and chromium-driver"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "install-chromium.sh: not root and no password-less sudo: run  apt-get install chromium chromium-driver  as root" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium chromium-driver
