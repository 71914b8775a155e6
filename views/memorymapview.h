// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorprovider.h"
#include "translationsession.h"

#include <QWidget>

#include <cstdint>
#include <vector>

namespace views {

/**
 * Physical memory as rows of frames, coloured by use: page tables, data, free. Runs of rows
 * with one use and nothing of interest collapse into one labelled line, so a 1 GiB page or
 * a large gap takes one line. Frames this translation touched (the tables it read and the
 * data page it reached) are marked, the one of the current step most strongly.
 * Anchors: "legend" and "current" (the frame the current step touches).
 */
class MemoryMapView : public QWidget, public AnchorProvider {
    Q_OBJECT
public:
    static constexpr int FramesPerRow = 32;

    explicit MemoryMapView(QWidget *parent = nullptr);

    void setFrames(const std::vector<mmu::FrameExtent> &map, uint64_t frameBytes,
                   const std::vector<uint64_t> &touched, int64_t currentFrame);
    void clear();

    /** Use of a frame as shown (Free when outside the map). */
    mmu::FrameUse useOf(uint64_t frame) const;
    bool isTouched(uint64_t frame) const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    QRectF anchorRect(QStringView element) const override;
    QStringList anchors() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row {
        uint64_t first = 0;    ///< first frame
        uint64_t count = 1;    ///< rows this line stands for (more than one when collapsed)
        bool collapsed = false;
        mmu::FrameUse use = mmu::FrameUse::Free;
    };
    void buildRows();
    int rowHeight() const;
    int labelWidth() const;
    int cellWidth() const;

    std::vector<mmu::FrameExtent> m_map;
    uint64_t m_frameBytes = 4096;
    std::vector<uint64_t> m_touched; ///< sorted
    int64_t m_current = -1;
    std::vector<Row> m_rows;
};

} // namespace views
