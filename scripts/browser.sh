#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests/web): installed with apt-get when missing, never downloaded by a
# test tool. Sourced by test.sh; idempotent.
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi
fi
