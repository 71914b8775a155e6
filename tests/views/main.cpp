// SPDX-License-Identifier: GPL-3.0-or-later
// View tests need a QApplication; they run offscreen unless told otherwise, also when
// gtest_discover_tests runs the binary at build time without the test environment.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char **argv)
{
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    // One 1920 × 1080 screen at 96 dpi, the projector the GUI is made for (full screen fills it).
    if (!platform || !*platform)
        setenv("QT_QPA_PLATFORM", "offscreen:configfile=" MMULAB_OFFSCREEN_CONFIG, 1);
    // The tests compare English texts: a window that follows the system's language (the
    // default) must not find German on a developer's machine.
    setenv("LC_ALL", "C.UTF-8", 1);
    setenv("LANGUAGE", "en", 1);
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    // Windows built without their own settings read these: a test location, emptied first.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("mmulab-tests"));
    QApplication::setApplicationName(QStringLiteral("mmulab-view-tests"));
    QSettings().clear();
    return RUN_ALL_TESTS();
}
