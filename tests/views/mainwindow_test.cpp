// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressentry.h"
#include "bitsliceview.h"
#include "mainwindow.h"
#include "steplistview.h"

#include <QDir>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace {

TEST(MainWindow, TypingAnAddressSlicesItAndReturnTranslates)
{
    MainWindow w;
    w.setAnimationsEnabled(false); // the screenshot is the step's static picture
    w.show();
    QLineEdit *edit = w.addressEntry()->lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("0x7fff_a1b2_c3d4"));

    const auto &fields = w.bitSliceView()->fields();
    ASSERT_EQ(fields.size(), 5u);
    EXPECT_EQ(fields[0].name, "PML4");
    EXPECT_EQ(fields[0].value, 255u);
    EXPECT_EQ(fields[1].value, 510u);
    EXPECT_EQ(fields[2].value, 269u);
    EXPECT_EQ(fields[3].value, 300u);
    EXPECT_EQ(fields[4].name, "offset");
    EXPECT_EQ(fields[4].value, 0x3d4u);

    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_TRUE(w.lastTranslation().ok());
    EXPECT_EQ(w.lastTranslation().pageSize, 4096u);
    EXPECT_EQ(w.lastTranslation().physical & 0xfff, 0x3d4u);
    // Teaching machine: canonical check, two TLB misses, 4 entry reads with their A-bit writes,
    // two TLB fills, physical address, and the summary row.
    EXPECT_EQ(w.stepListView()->topLevelItemCount(), 1 + 2 + 4 * 2 + 2 + 1 + 1);
    EXPECT_TRUE(w.stepListView()->sentence(3).contains(QStringLiteral("PML4[255]")));

    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    EXPECT_TRUE(w.grab().save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/mainwindow.png")));
}

TEST(MainWindow, InvalidCharacterIsReportedWithItsColumn)
{
    MainWindow w;
    QLineEdit *edit = w.addressEntry()->lineEdit();
    QTest::keyClicks(edit, QStringLiteral("0x12g4"));
    EXPECT_FALSE(w.addressEntry()->address().has_value());
    EXPECT_TRUE(w.addressEntry()->errorText().contains(QStringLiteral("Column 5")));
    EXPECT_TRUE(w.addressEntry()->errorText().contains(QStringLiteral("“g”")));
}

TEST(MainWindow, NonCanonicalAddressIsAGeneralProtectionFault)
{
    MainWindow w;
    w.translate(0x0000800000000000);
    EXPECT_EQ(w.lastTranslation().fault, mmu::FaultKind::GeneralProtection);
    EXPECT_TRUE(w.stepListView()->sentence(1).contains(QStringLiteral("General-protection")));
}

} // namespace
