#include "csv.h"

#include <algorithm>

namespace bc::csv {

namespace {
// "-12.50": a plain negative decimal, which a spreadsheet reads as the number it is.
bool isNegativeDecimal(QStringView v)
{
    qsizetype i = 1;
    const auto digits = [&v, &i] {
        const qsizetype start = i;
        while (i < v.size() && v[i].isDigit() && v[i].unicode() < 0x80)
            ++i;
        return i > start;
    };
    if (v.size() < 2 || v.front() != u'-' || !digits())
        return false;
    if (i < v.size() && v[i] == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    return i == v.size();
}
} // namespace

void appendCell(QByteArray &out, QStringView v)
{
    out.append('"');
    if (!v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front()) && !isNegativeDecimal(v))
        out.append('\'');
    const bool ascii = std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        for (const QChar c : v) {
            const char ch = char(c.unicode());
            if (ch == '"')
                out.append('"');
            out.append(ch);
        }
    } else {
        out.append(v.toUtf8().replace('"', "\"\""));
    }
    out.append('"');
}

QByteArray cell(QStringView value)
{
    QByteArray out;
    out.reserve(value.size() + 3);
    appendCell(out, value);
    return out;
}

QByteArray row(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += cell(cells.at(i));
    }
    return out + "\r\n";
}

bool Reader::endCell()
{
    m_cells.append(QString::fromUtf8(m_cell));
    m_cell.clear();
    m_cellStarted = false;
    return true;
}

bool Reader::endRow()
{
    endCell();
    ++m_rows;
    const bool go = m_done(m_cells);
    m_cells.clear();
    return go;
}

bool Reader::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    if (!m_started && !bytes.isEmpty()) {
        if (bytes.startsWith("\xEF\xBB\xBF")) // a byte order mark, as spreadsheets write
            i = 3;
        m_started = true;
    }
    for (; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // CRLF: the row already ended at CR
        }
        if (m_quoted) {
            if (m_quoteSeen) {
                m_quoteSeen = false;
                if (c == '"') {
                    m_cell += '"';
                    continue;
                }
                m_quoted = false; // the closing quote: c is read as outside a quoted cell
            } else if (c == '"') {
                m_quoteSeen = true;
                continue;
            } else {
                m_cell += c;
                continue;
            }
        }
        if (c == '"' && !m_cellStarted) {
            m_quoted = true;
            m_cellStarted = true;
        } else if (c == ',') {
            endCell();
        } else if (c == '\r' || c == '\n') {
            m_pendingCr = c == '\r';
            if (!endRow())
                return false;
        } else {
            m_cell += c;
            m_cellStarted = true;
        }
    }
    return true;
}

bool Reader::finish()
{
    if (m_quoteSeen) {
        m_quoteSeen = false;
        m_quoted = false;
    }
    if (m_cellStarted || !m_cell.isEmpty() || !m_cells.isEmpty())
        return endRow();
    return true;
}

QString plain(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace bc::csv
