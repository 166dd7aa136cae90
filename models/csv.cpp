#include "csv.h"

#include <QRegularExpression>

namespace bc::csv {

QByteArray cell(QStringView value)
{
    QString v = value.toString();
    if (!v.isEmpty() && QStringView(u"=+-@\t\r").contains(v.front())) {
        static const QRegularExpression number(QStringLiteral("^-\\d+(\\.\\d+)?$"));
        if (!number.match(v).hasMatch())
            v.prepend(u'\'');
    }
    v.replace(u'"', QStringLiteral("\"\""));
    return '"' + v.toUtf8() + '"';
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

} // namespace bc::csv
