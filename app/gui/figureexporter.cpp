// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexporter.h"

#include "annotationoverlay.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>
#include <QXmlStreamReader>

namespace {

/** Where mmulab's own figure metadata lives in SVG files (an identifier, not a web page). */
const QString MetadataNamespace = QStringLiteral("https://github.com/mmulab/mmulab/ns/figure/1");
const QString Software = QStringLiteral("mmulab " MMULAB_VERSION);

QString attribute(const QString &name, const QString &value)
{
    return QStringLiteral(" %1=\"%2\"").arg(name, value.toHtmlEscaped());
}

} // namespace

QString FigureInfo::description() const
{
    QString s = title.isEmpty() ? QObject::tr("mmulab figure") : title;
    if (access > 0)
        s += QObject::tr(" — access %1 of %2, %3, step %4 of %5").arg(access).arg(accesses).arg(address).arg(step).arg(steps);
    return s;
}

FigureExporter::FigureExporter(QWidget *source, FigureInfo info)
    : m_source(source)
    , m_info(std::move(info))
{
}

std::optional<FigureExporter::Format> FigureExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QSize FigureExporter::size() const
{
    return m_source ? m_source->size() : QSize();
}

void FigureExporter::setLeftOut(const QList<QWidget *> &widgets)
{
    m_leftOut.clear();
    for (QWidget *w : widgets)
        m_leftOut << w;
}

void FigureExporter::paint(QPainter &painter) const
{
    if (!m_source)
        return;
    QList<QWidget *> hidden;
    for (const QPointer<QWidget> &w : m_leftOut) {
        if (w && w->isVisible()) {
            w->hide();
            hidden << w;
        }
    }
    // Lay out without them now, not on the next pass of the event loop.
    // The annotation overlays place their shapes on the next pass of the event loop; a figure
    // is painted before that, so they are told at once where the panels went.
    auto relayout = [this] {
        if (m_source->layout())
            m_source->layout()->activate();
        for (views::AnnotationOverlay *overlay : m_source->window()->findChildren<views::AnnotationOverlay *>())
            overlay->relayout(true);
    };
    if (!hidden.isEmpty())
        relayout();
    m_source->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    for (QWidget *w : hidden)
        w->show();
    if (!hidden.isEmpty())
        relayout();
}

QImage FigureExporter::image() const
{
    const QSize logical = size();
    QImage image(logical * m_scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_scale);
    // Dots per metre follow the pixel ratio, so the figure prints at its on-screen size.
    const int dpm = qRound((m_source ? m_source->logicalDpiX() : 96) * m_scale / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(m_source ? m_source->palette().color(QPalette::Window) : QColor(Qt::white));
    {
        QPainter painter(&image);
        paint(painter);
    }
    image.setText(QStringLiteral("Title"), m_info.title);
    image.setText(QStringLiteral("Description"), m_info.description());
    image.setText(QStringLiteral("Software"), Software);
    if (!m_info.lessonFile.isEmpty())
        image.setText(QStringLiteral("mmulab-lesson-file"), m_info.lessonFile);
    if (m_info.access > 0) {
        image.setText(QStringLiteral("mmulab-address"), m_info.address);
        image.setText(QStringLiteral("mmulab-access"), QString::number(m_info.access));
        image.setText(QStringLiteral("mmulab-step"), QString::number(m_info.step));
    }
    if (!m_info.lesson.isEmpty())
        image.setText(QStringLiteral("mmulab-lesson"), QString::fromUtf8(m_info.lesson));
    return image;
}

QByteArray FigureExporter::png() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image().save(&buffer, "PNG");
    return bytes;
}

QByteArray FigureExporter::svg() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(), size()));
    generator.setResolution(m_source ? m_source->logicalDpiX() : 96);
    generator.setTitle(m_info.title.isEmpty() ? m_info.description() : m_info.title);
    generator.setDescription(m_info.description());
    {
        QPainter painter(&generator);
        paint(painter);
    }
    // QSvgGenerator writes <title> and <desc>; the lesson goes into <metadata> after them.
    QString metadata = QStringLiteral("<metadata>\n<mmulab:figure xmlns:mmulab=\"%1\"").arg(MetadataNamespace);
    metadata += attribute(QStringLiteral("software"), Software);
    if (!m_info.lessonFile.isEmpty())
        metadata += attribute(QStringLiteral("lesson-file"), m_info.lessonFile);
    if (m_info.access > 0) {
        metadata += attribute(QStringLiteral("address"), m_info.address);
        metadata += attribute(QStringLiteral("access"), QString::number(m_info.access));
        metadata += attribute(QStringLiteral("step"), QString::number(m_info.step));
    }
    metadata += QStringLiteral(">") + QString::fromUtf8(m_info.lesson).toHtmlEscaped()
        + QStringLiteral("</mmulab:figure>\n</metadata>\n");
    const int at = bytes.indexOf("</desc>");
    const int insertAt = at >= 0 ? at + 7 : bytes.indexOf('>', bytes.indexOf("<svg")) + 1;
    bytes.insert(insertAt, "\n" + metadata.toUtf8());
    return bytes;
}

QByteArray FigureExporter::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        const int dpi = m_source ? m_source->logicalDpiX() : 96;
        // One page the size of the widget: logical pixels at the widget's resolution.
        writer.setResolution(dpi);
        writer.setPageSize(QPageSize(QSizeF(size()) * 72.0 / dpi, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(m_info.title.isEmpty() ? m_info.description() : m_info.title);
        writer.setCreator(Software);
        const QString xmp = QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
            "  xmlns:mmulab=\"%1\">\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
            "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
            "<pdf:Producer>%4</pdf:Producer>\n"
            "<mmulab:address>%5</mmulab:address>\n"
            "<mmulab:access>%6</mmulab:access>\n"
            "<mmulab:step>%7</mmulab:step>\n"
            "<mmulab:lessonFile>%8</mmulab:lessonFile>\n"
            "</rdf:Description>\n"
            "</rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end=\"w\"?>")
                                .arg(MetadataNamespace, writer.title().toHtmlEscaped(),
                                     m_info.description().toHtmlEscaped(), Software, m_info.address.toHtmlEscaped(),
                                     QString::number(m_info.access), QString::number(m_info.step),
                                     m_info.lessonFile.toHtmlEscaped());
        writer.setDocumentXmpMetadata(xmp.toUtf8());
        if (!m_info.lesson.isEmpty())
            writer.addFileAttachment(QStringLiteral("lesson.mmulab"), m_info.lesson, QStringLiteral("application/json"));
        QPainter painter(&writer);
        paint(painter);
    }
    return bytes;
}

bool FigureExporter::write(const QString &path, QString *error) const
{
    const auto format = formatFor(path);
    if (!format) {
        if (error)
            *error = QObject::tr("%1: the name must end in .png, .svg or .pdf").arg(path);
        return false;
    }
    if (!m_source || size().isEmpty()) {
        if (error)
            *error = QObject::tr("%1: nothing to draw").arg(path);
        return false;
    }
    const QByteArray bytes = *format == Format::Png ? png() : *format == Format::Svg ? svg() : pdf();
    if (bytes.isEmpty()) {
        if (error)
            *error = QObject::tr("%1: cannot write: rendering failed").arg(path);
        return false;
    }
    QSaveFile file(path);
    // Qt 6.4's commit() keeps a file whose buffered write failed: check the flush first.
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
    const QString why = file.errorString();
    if (!written)
        file.cancelWriting();
    if (!file.commit() || !written) {
        if (error)
            *error = QObject::tr("%1: cannot write: %2").arg(path, written ? file.errorString() : why);
        return false;
    }
    return true;
}

std::optional<QByteArray> FigureExporter::embeddedLesson(const QString &path)
{
    const auto format = formatFor(path);
    if (format == Format::Png) {
        QImageReader reader(path, "png");
        const QString text = reader.text(QStringLiteral("mmulab-lesson"));
        if (!text.isEmpty())
            return text.toUtf8();
        return std::nullopt;
    }
    if (format == Format::Svg) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.namespaceUri() == MetadataNamespace && xml.name() == QLatin1String("figure"))
                return xml.readElementText().toUtf8();
        }
    }
    return std::nullopt;
}
