// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input catalogue for the GUI (issue 9): every bad lesson file of ../badlessons.h given
// to the real `mmulab --lesson FILE --export OUT.png` gives exit code 1 and one line naming the
// file and what is wrong, writes no figure, and neither crashes nor hangs.
#include "../badlessons.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

class BadLessonInGui : public testing::TestWithParam<badlessons::Case> {};

TEST_P(BadLessonInGui, ExitsWithOneLineNamingTheFileAndWritesNoFigure)
{
    const badlessons::Case &c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto path = badlessons::place(c, dir.path().toStdString());
    if (!path)
        GTEST_SKIP() << "cannot make this case here (root reads every file)";
    const QString figure = dir.filePath(QStringLiteral("figure.png"));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MMULAB_GUI_PATH),
            {QStringLiteral("--lesson"), QString::fromStdString(*path), QStringLiteral("--export"), figure});
    ASSERT_TRUE(p.waitForFinished(120000)) << "no answer within two minutes";
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed";
    EXPECT_EQ(p.exitCode(), 1);
    const std::string err = p.readAllStandardError().toStdString();
    EXPECT_EQ(err.rfind("mmulab: " + *path, 0), 0u) << err.substr(0, 300);
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "one line: " << err.substr(0, 300);
    EXPECT_LT(err.size(), 1024u) << "an error is a message, not a dump";
    for (const std::string &s : c.mustSay)
        EXPECT_NE(err.find(s), std::string::npos) << "message lacks '" << s << "': " << err.substr(0, 300);
    EXPECT_TRUE(p.readAllStandardOutput().isEmpty());
    EXPECT_FALSE(QFile::exists(figure)) << "a figure was written";
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadLessonInGui, testing::ValuesIn(badlessons::catalogue()),
                         [](const testing::TestParamInfo<badlessons::Case> &p) { return std::string(p.param.name); });

} // namespace
