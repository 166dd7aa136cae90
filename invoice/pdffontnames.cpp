#include "pdffontnames.h"

#include "logging.h"

#include <algorithm>

namespace bc {

namespace {

constexpr QByteArrayView kFontName = "/FontName /";
constexpr QByteArrayView kBaseFont = "/BaseFont /";
constexpr QByteArrayView kTable = "\nxref\n";
constexpr qsizetype kTagLength = 7; // six capitals and '+'

bool isDelimiter(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\0' || c == '/' || c == '<'
        || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}' || c == '%';
}

bool isTagged(QByteArrayView name)
{
    if (name.size() <= kTagLength || name[6] != '+')
        return false;
    return std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

PdfFontNameFixer::PdfFontNameFixer(QIODevice *target) : m_target(target)
{
    open(QIODevice::WriteOnly);
}

qint64 PdfFontNameFixer::writeData(const char *data, qint64 length)
{
    if (m_failed)
        return -1;
    m_pending.append(data, qsizetype(length));
    scan(false);
    return m_failed ? -1 : length;
}

void PdfFontNameFixer::writeOut(QByteArrayView bytes)
{
    if (!m_failed && !bytes.isEmpty() && m_target->write(bytes.data(), bytes.size()) != bytes.size())
        m_failed = true;
}

void PdfFontNameFixer::passOn(qsizetype bytes)
{
    writeOut(QByteArrayView(m_pending).first(bytes));
    m_pending.remove(0, bytes);
    m_passed += bytes;
}

void PdfFontNameFixer::scan(bool atEnd)
{
    while (!m_inTable && !m_failed) {
        const qsizetype fontName = m_pending.indexOf(kFontName);
        const qsizetype baseFont = m_pending.indexOf(kBaseFont);
        const qsizetype table = m_pending.indexOf(kTable);
        qsizetype at = -1;
        for (const qsizetype p : {fontName, baseFont, table})
            if (p >= 0 && (at < 0 || p < at))
                at = p;
        if (at < 0) {
            // A marker may begin in the last bytes: they wait for the next write.
            const qsizetype keep = atEnd ? 0 : std::min<qsizetype>(m_pending.size(), kFontName.size() - 1);
            passOn(m_pending.size() - keep);
            return;
        }
        if (at == table) {
            passOn(at + 1); // through the newline: the table starts at the next byte
            m_inTable = true;
            return;
        }
        const qsizetype start = at + kFontName.size(); // both markers are 11 bytes
        qsizetype end = start;
        while (end < m_pending.size() && !isDelimiter(m_pending.at(end)))
            ++end;
        if (end == m_pending.size() && !atEnd) {
            passOn(at); // the name is not complete yet
            return;
        }
        const QByteArray name = m_pending.sliced(start, end - start);
        if (at == fontName) {
            if (isTagged(name))
                m_tags.insert(name.sliced(kTagLength), name.first(kTagLength));
            passOn(end);
            continue;
        }
        const auto tag = m_tags.constFind(name);
        passOn(start);
        if (tag != m_tags.cend() && !isTagged(name)) {
            writeOut(*tag);
            m_inserts.emplace_back(m_passed, int(tag->size()));
            ++m_tagged;
        }
        passOn(end - start);
    }
}

qint64 PdfFontNameFixer::moved(qint64 inputOffset) const
{
    qint64 shift = 0;
    for (const auto &[at, bytes] : m_inserts) {
        if (at > inputOffset)
            break;
        shift += bytes;
    }
    return inputOffset + shift;
}

// "xref\n0 N\n" then N entries of 20 bytes ("oooooooooo ggggg n \n"), "trailer" … "startxref\n"
// and the table's offset: every in-use entry's offset and startxref moved.
QByteArray PdfFontNameFixer::fixedTable(const QByteArray &table, bool *ok) const
{
    *ok = false;
    QByteArray out = table;
    qsizetype line = out.indexOf('\n'); // after "xref"
    const qsizetype header = out.indexOf('\n', line + 1);
    if (!out.startsWith("xref\n") || header < 0)
        return table;
    const QList<QByteArray> range = out.sliced(line + 1, header - line - 1).trimmed().split(' ');
    bool countOk = false;
    const qint64 count = range.size() == 2 ? range.at(1).toLongLong(&countOk) : 0;
    if (!countOk || count < 0 || header + 1 + count * 20 > out.size())
        return table;
    for (qint64 i = 0; i < count; ++i) {
        const qsizetype entry = header + 1 + qsizetype(i) * 20;
        if (out.at(entry + 17) != 'n')
            continue;
        bool offsetOk = false;
        const qint64 offset = out.sliced(entry, 10).toLongLong(&offsetOk);
        if (!offsetOk)
            return table;
        const QByteArray fixed = QByteArray::number(moved(offset)).rightJustified(10, '0');
        if (fixed.size() != 10)
            return table;
        out.replace(entry, 10, fixed);
    }
    const qsizetype startxref = out.lastIndexOf("startxref\n");
    if (startxref < 0)
        return table;
    const qsizetype number = startxref + 10;
    qsizetype numberEnd = number;
    while (numberEnd < out.size() && out.at(numberEnd) >= '0' && out.at(numberEnd) <= '9')
        ++numberEnd;
    if (numberEnd == number)
        return table;
    out.replace(number, numberEnd - number, QByteArray::number(moved(m_passed)));
    *ok = true;
    return out;
}

bool PdfFontNameFixer::finish()
{
    scan(true);
    if (m_inTable) {
        bool ok = false;
        const QByteArray table = fixedTable(m_pending, &ok);
        if (!ok && !m_inserts.empty())
            qCWarning(lcInvoice) << "the PDF's cross-reference table was not as expected: its offsets were left as written";
        writeOut(table);
        m_passed += m_pending.size();
        m_pending.clear();
    }
    close();
    return !m_failed;
}

} // namespace bc
