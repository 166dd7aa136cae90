#pragma once

#include "billingtypes.h"
#include "familytypes.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

// The fixed vocabularies of the billing APIs: one enum per vocabulary, its wire words and the words
// people read, in one table each (words.cpp). api/ reads wire words into these enums and writes
// them back; the sandbox writes them; ui/ only ever shows label(). A wire word no table knows reads
// as the enum's Other (never a guess, never the raw word on screen). Other has no wire word.
namespace bc {

template<typename E>
struct Word
{
    E value;
    const char *wire;
    const char *text; // QT_TRANSLATE_NOOP in the enum's context
};

// The table of one vocabulary and the translation context of its words.
template<typename E>
struct Vocabulary;

#define BC_VOCABULARY(E)                                                                                               \
    template<>                                                                                                         \
    struct Vocabulary<E>                                                                                               \
    {                                                                                                                  \
        static std::span<const Word<E>> words();                                                                       \
        static const char *context();                                                                                  \
    };
BC_VOCABULARY(Family)
BC_VOCABULARY(SubscriptionStatus)
BC_VOCABULARY(PaymentStatus)
BC_VOCABULARY(PaymentMethod)
BC_VOCABULARY(InvoiceStatus)
BC_VOCABULARY(OrderType)
BC_VOCABULARY(OrderStatus)
BC_VOCABULARY(PaymentChannel)
BC_VOCABULARY(ChargeKind)
BC_VOCABULARY(ChargeStatus)
BC_VOCABULARY(CouponKind)
BC_VOCABULARY(CouponDuration)
BC_VOCABULARY(CreditTransactionType)
BC_VOCABULARY(SubscriptionEventKind)
BC_VOCABULARY(AdjustmentReason)
BC_VOCABULARY(TierPlan)
BC_VOCABULARY(ChargeInterval)
BC_VOCABULARY(BillingCycle)
#undef BC_VOCABULARY

QString translateWord(const char *context, const char *text);

// The word on the wire ("past_due").
template<typename E>
QString wireWord(E value)
{
    for (const Word<E> &w : Vocabulary<E>::words())
        if (w.value == value)
            return QString::fromLatin1(w.wire);
    return {};
}

// The value of a wire word; nullopt for a word the vocabulary does not have. Case-insensitive, and
// "canceled" reads as "cancelled" (Stripe spells it the American way).
template<typename E>
std::optional<E> fromWireWord(QStringView wire)
{
    for (const Word<E> &w : Vocabulary<E>::words())
        if (*w.wire && wire.compare(QLatin1String(w.wire), Qt::CaseInsensitive) == 0)
            return w.value;
    if (wire.compare(QLatin1String("canceled"), Qt::CaseInsensitive) == 0)
        return fromWireWord<E>(u"cancelled");
    return std::nullopt;
}

// The word for people, in their language ("Past due").
template<typename E>
QString label(E value)
{
    for (const Word<E> &w : Vocabulary<E>::words())
        if (w.value == value)
            return translateWord(Vocabulary<E>::context(), w.text);
    return {};
}

// Every value with a wire word, in the table's order (status filters); withOther adds the Other of
// vocabularies that have one (the test that walks every word).
template<typename E>
QList<E> allValues(bool withOther = false)
{
    QList<E> values;
    for (const Word<E> &w : Vocabulary<E>::words())
        if (*w.wire || withOther)
            values.append(w.value);
    return values;
}

// A wire word read leniently: the value, else the vocabulary's Other.
template<typename E>
E readWireWord(QStringView wire, E other)
{
    return fromWireWord<E>(wire).value_or(other);
}

} // namespace bc
