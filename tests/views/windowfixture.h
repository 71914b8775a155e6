// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the main-window tests share: a window with settings of its own, the worked example, and
// letting queued work happen before looking at the window.

#include "appsettings.h"
#include "mainwindow.h"

#include "step.h"
#include "translationsession.h"

#include <QApplication>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>

namespace viewtest {

/** The worked example of FACTS.md: PML4 index 255, PDPT 510, PD 269, PT 300. */
constexpr uint64_t WorkedExample = 0x7fffa1b2c3d4;

/** Lets the window do what it queued: layouts, the annotation overlays' relayout, repaints. */
inline void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/** Settings in an .ini file in `dir`: a test neither reads nor changes the user's. */
inline std::unique_ptr<AppSettings> settingsIn(const QTemporaryDir &dir)
{
    return std::make_unique<AppSettings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("mmulab.ini")), QSettings::IniFormat));
}

/** The first step of the current translation at `stage` (and `level`, unless −1); −1 if none. */
inline int firstStepOf(const MainWindow &w, mmu::Stage stage, int level = -1)
{
    const auto &steps = w.session().steps();
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].stage == stage && (level < 0 || steps[i].level == level))
            return static_cast<int>(i);
    return -1;
}

/**
 * A main window with settings of its own, at a projector's size unless told otherwise, drawing
 * each step's static picture (transition_test turns animation on where it animates). Not shown
 * yet: each test's fixture shows it and goes where it needs to be.
 */
struct WindowFixture {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    explicit WindowFixture(QSize size = QSize(1920, 1080))
        : window(std::make_unique<MainWindow>(settingsIn(dir)))
    {
        window->setAnimationsEnabled(false);
        window->resize(size);
    }
    MainWindow &w() { return *window; }
    /** Shows the window and waits until it is the active one (keyboard focus, shortcuts). */
    void showActive()
    {
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
};

} // namespace viewtest
