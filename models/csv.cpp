#include "csv.h"

#include <algorithm>

namespace bc::csv {

namespace {
char16_t unit(QChar c)
{
    return c.unicode();
}
char16_t unit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

// "-12.50": a plain negative decimal, which a spreadsheet reads as the number it is.
template<typename View>
bool isNegativeDecimal(View v)
{
    qsizetype i = 1;
    const auto digits = [&v, &i] {
        const qsizetype start = i;
        while (i < v.size() && unit(v[i]) >= u'0' && unit(v[i]) <= u'9')
            ++i;
        return i > start;
    };
    if (v.size() < 2 || unit(v.front()) != u'-' || !digits())
        return false;
    if (i < v.size() && unit(v[i]) == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    return i == v.size();
}

// A formula's first character, made text with an apostrophe (unless a negative decimal).
template<typename View>
void appendGuard(QByteArray &out, View v)
{
    if (v.isEmpty())
        return;
    const char16_t first = unit(v.front());
    if ((first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        && !isNegativeDecimal(v))
        out.append('\'');
}
} // namespace

void appendCell(QByteArray &out, QStringView v)
{
    out.append('"');
    appendGuard(out, v);
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

void appendCell(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    appendGuard(out, utf8);
    for (qsizetype start = 0;;) { // runs between quotes appended whole, each quote doubled
        const qsizetype quote = utf8.indexOf('"', start);
        if (quote < 0) {
            out.append(utf8.sliced(start));
            break;
        }
        out.append(utf8.sliced(start, quote + 1 - start)).append('"');
        start = quote + 1;
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

Reader::Reader(RowDone done)
    : m_viewDone([done = std::move(done), cells = QStringList()](const RowView &row) mutable {
          cells.clear();
          cells.reserve(row.size());
          for (qsizetype i = 0; i < row.size(); ++i)
              cells.append(row.text(i));
          return done(cells);
      })
{
}

void Reader::endCell()
{
    m_row.m_ends.append(m_row.m_bytes.size());
    m_cellStarted = false;
}

bool Reader::endRow()
{
    endCell();
    ++m_rows;
    const bool go = m_viewDone(m_row);
    m_row.m_bytes.truncate(0);
    m_row.m_ends.resize(0);
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
    const char *data = bytes.data();
    const qsizetype n = bytes.size();
    for (; i < n; ++i) {
        const char c = data[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n')
                continue; // CRLF: the row already ended at CR
        }
        if (m_quoted) {
            if (m_quoteSeen) {
                m_quoteSeen = false;
                if (c == '"') {
                    m_row.m_bytes += '"';
                    continue;
                }
                m_quoted = false; // the closing quote: c is read as outside a quoted cell
            } else {
                // The quoted run up to the next quote, in one piece.
                qsizetype j = i;
                while (j < n && data[j] != '"')
                    ++j;
                m_row.m_bytes.append(data + i, j - i);
                if (j < n)
                    m_quoteSeen = true;
                i = j;
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
            // The plain run up to the next comma, quote or line end, in one piece.
            qsizetype j = i + 1;
            while (j < n && data[j] != ',' && data[j] != '\r' && data[j] != '\n' && data[j] != '"')
                ++j;
            m_row.m_bytes.append(data + i, j - i);
            m_cellStarted = true;
            i = j - 1;
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
    if (m_cellStarted || !m_row.m_bytes.isEmpty() || !m_row.m_ends.isEmpty())
        return endRow();
    return true;
}

QString headerKey(QStringView header)
{
    QString h = header.trimmed().toString().toLower();
    h.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return h;
}

QString plain(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && QStringView(u"=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace bc::csv
