// The embedded checkout: a locked-down QtWebEngine view, built as a plugin so that the console
// loads QtWebEngine only when a checkout opens.
#include "ui/checkoutinterface.h"

#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineCertificateError>
#include <QWebEngineDownloadRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

namespace bc {

namespace {

QString originOf(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host()
        + (url.port() >= 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
}

bool startsWith(const QUrl &url, const QUrl &prefix)
{
    return prefix.isValid() && !prefix.isEmpty()
        && url.toString().startsWith(prefix.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
}

// Blocks every request (pages, scripts, images, XHR) to an origin that is not on the list.
class OriginInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    OriginInterceptor(QStringList origins, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent), m_origins(std::move(origins))
    { }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (url.scheme() == QLatin1String("qrc") || url.scheme() == QLatin1String("data")
            || m_origins.contains(originOf(url)))
            return;
        info.block(true);
    }

private:
    QStringList m_origins;
};

// What the bridge page may call; exposed only to the bridge page (qrc) through QWebChannel.
class Bridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap options READ options CONSTANT)
    Q_PROPERTY(QString checkoutUrl READ checkoutUrl CONSTANT)
public:
    Bridge(QVariantMap options, QString checkoutUrl, QObject *parent)
        : QObject(parent), m_options(std::move(options)), m_checkoutUrl(std::move(checkoutUrl))
    { }
    QVariantMap options() const { return m_options; }
    QString checkoutUrl() const { return m_checkoutUrl; }

public slots:
    // kind: "success" with razorpay_payment_id, razorpay_order_id, razorpay_signature;
    // "failure" with error {code, description, …}; "dismiss".
    void paymentResult(const QString &kind, const QVariantMap &data) { emit result(kind, data); }

signals:
    void result(const QString &kind, const QVariantMap &data);

private:
    QVariantMap m_options;
    QString m_checkoutUrl;
};

class LockedPage : public QWebEnginePage
{
public:
    LockedPage(QWebEngineProfile *profile, const CheckoutRequest &request, QObject *parent)
        : QWebEnginePage(profile, parent), m_request(request)
    { }
    std::function<void(CheckoutOutcome::Status status, const QVariantMap &params)> finish;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        // Completion is the navigation to the return address: caught, never loaded.
        if (startsWith(url, m_request.successUrl)) {
            QVariantMap params;
            for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
                params.insert(item.first, item.second);
            finish(CheckoutOutcome::Status::Paid, params);
            return false;
        }
        if (startsWith(url, m_request.cancelUrl)) {
            finish(CheckoutOutcome::Status::Cancelled, {});
            return false;
        }
        if (m_request.returnsByLeaving && isMainFrame && leavesProvider(url)) {
            finish(CheckoutOutcome::Status::Returned, {{QStringLiteral("url"), url.toString()}});
            return false;
        }
        // The bridge page holds the QWebChannel: in a Razorpay checkout the main frame never leaves it,
        // so no other page can ever reach the bridge object.
        if (m_request.kind == CheckoutRequest::Kind::Razorpay && isMainFrame && url.scheme() != QLatin1String("qrc")) {
            if (m_request.onBlocked)
                m_request.onBlocked(url);
            return false;
        }
        if (url.scheme() == QLatin1String("qrc") || m_request.allowedOrigins.contains(originOf(url)))
            return true;
        if (m_request.onBlocked)
            m_request.onBlocked(url);
        return false;
    }
    bool leavesProvider(const QUrl &url) const
    {
        const QUrl &start = m_request.startUrl;
        if (originOf(url) != originOf(start))
            return !m_request.providerOrigins.contains(originOf(url));
        const QString path = start.path();
        return !url.path().startsWith(path.left(path.lastIndexOf(u'/') + 1));
    }
    QWebEnginePage *createWindow(WebWindowType) override
    {
        return nullptr; // pop-ups and new windows are refused
    }

private:
    CheckoutRequest m_request;
};

class CheckoutDialog : public QDialog
{
    Q_OBJECT
public:
    CheckoutDialog(const CheckoutRequest &request, QWidget *parent) : QDialog(parent), m_request(request)
    {
        setWindowTitle(request.title);
        setAttribute(Qt::WA_DeleteOnClose);
        resize(520, 720);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_notice = new QLabel(this);
        m_notice->setWordWrap(true);
        m_notice->setObjectName(QStringLiteral("checkoutNotice"));
        m_notice->setStyleSheet(QStringLiteral("QLabel{background:#fce8e6;color:#8c1d13;padding:8px}"));
        m_notice->hide();
        layout->addWidget(m_notice);

        // Its own off-the-record profile: nothing of this checkout outlives it.
        m_profile = new QWebEngineProfile(this);
        m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        QStringList origins = request.allowedOrigins;
        m_profile->setUrlRequestInterceptor(new OriginInterceptor(origins, m_profile));
        connect(m_profile, &QWebEngineProfile::downloadRequested, this, [this](QWebEngineDownloadRequest *download) {
            download->cancel();
            showNotice(tr("Downloads are not allowed in the checkout."));
        });
        m_view = new QWebEngineView(this);
        m_page = new LockedPage(m_profile, request, m_view);
        m_page->finish = [this](CheckoutOutcome::Status status, const QVariantMap &params) { report(status, params); };
        m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
        m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
        connect(m_page, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &error) {
            // Fail closed: no override, no modal box inside the handler.
            QWebEngineCertificateError e = error;
            e.rejectCertificate();
            showNotice(tr("The payment page's certificate could not be verified (%1). The checkout was stopped to keep "
                          "the payment safe.")
                           .arg(error.description()));
        });
        m_view->setPage(m_page);
        layout->addWidget(m_view, 1);

        if (request.kind == CheckoutRequest::Kind::Razorpay) {
            auto *channel = new QWebChannel(m_page);
            auto *bridge = new Bridge(request.razorpayOptions, request.startUrl.toString(), channel);
            channel->registerObject(QStringLiteral("bridge"), bridge);
            m_page->setWebChannel(channel);
            connect(bridge, &Bridge::result, this, [this](const QString &kind, const QVariantMap &data) {
                // Only the bridge page (qrc) can reach the bridge object: refuse anything else.
                if (m_page->url().scheme() != QLatin1String("qrc"))
                    return;
                if (kind == QLatin1String("success"))
                    report(CheckoutOutcome::Status::Paid, data);
                else if (kind == QLatin1String("failure"))
                    report(CheckoutOutcome::Status::Failed, data);
                else
                    report(CheckoutOutcome::Status::Cancelled, {});
            });
            m_page->load(QUrl(QStringLiteral("qrc:/checkout/razorpay-bridge.html")));
        } else {
            m_page->load(request.startUrl);
        }
    }

    ~CheckoutDialog() override
    {
        // The page goes before its profile.
        delete m_view;
        m_view = nullptr;
        if (!m_reported && m_request.onOutcome)
            m_request.onOutcome({CheckoutOutcome::Status::Closed, {}});
        delete m_profile;
    }

    QWebEnginePage *page() const { return m_page; }

private:
    void showNotice(const QString &text)
    {
        m_notice->setText(text);
        m_notice->show();
    }
    void report(CheckoutOutcome::Status status, const QVariantMap &params)
    {
        if (m_reported)
            return;
        m_reported = true;
        if (m_request.onOutcome)
            m_request.onOutcome({status, params});
        accept();
    }

    CheckoutRequest m_request;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    LockedPage *m_page = nullptr;
    QLabel *m_notice = nullptr;
    bool m_reported = false;
};

class CheckoutPlugin : public QObject, public CheckoutFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.billingconsole.CheckoutFactory/1.0") // moc needs the literal
    Q_INTERFACES(bc::CheckoutFactory)
public:
    QDialog *createCheckout(const CheckoutRequest &request, QWidget *parent) override
    {
        return new CheckoutDialog(request, parent);
    }
};

} // namespace

} // namespace bc

#include "checkoutplugin.moc"
