#pragma once

#include <QByteArray>
#include <QHash>
#include <QIODevice>

#include <vector>

namespace bc {

// Passes a PDF from QPdfWriter on to `target`, naming each embedded font subset as the PDF
// specification asks (9.6.4): Qt tags the font descriptor's FontName ("QOAAAA+DejaVuSans") but
// not the fonts' BaseFont ("DejaVuSans"), so readers see an untagged, whole-looking font, and
// another tool merging two invoices may take one subset for the other and lose glyphs. Each
// BaseFont gets the tag of its descriptor, and the cross-reference table's offsets and startxref
// move by the bytes inserted. Streams: only the table at the end is held until finish().
class PdfFontNameFixer : public QIODevice
{
public:
    explicit PdfFontNameFixer(QIODevice *target);

    // Writes the rest (the cross-reference table, corrected); false when the target refused bytes.
    bool finish();
    int fontsTagged() const { return m_tagged; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    void scan(bool atEnd);
    void passOn(qsizetype bytes);
    void writeOut(QByteArrayView bytes);
    qint64 moved(qint64 inputOffset) const; // where an input offset lands in the output
    QByteArray fixedTable(const QByteArray &table, bool *ok) const;

    QIODevice *m_target;
    QByteArray m_pending; // input not passed on yet
    qint64 m_passed = 0; // input bytes passed on before m_pending
    QHash<QByteArray, QByteArray> m_tags; // font name -> "TAG+", from the latest descriptor
    std::vector<std::pair<qint64, int>> m_inserts; // input offset, bytes inserted before it
    bool m_inTable = false; // from "xref" on, everything waits for finish()
    bool m_failed = false;
    int m_tagged = 0;
};

} // namespace bc
