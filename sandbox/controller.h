#pragma once

#include "context.h"
#include "http.h"

namespace bc::sandbox {

// One resource group of the API, as qBittorrent's APIController subclasses are: its routes, each
// bound to one named handler. Handlers reach the database, the clock and the webhooks through ctx.
class Controller
{
public:
    explicit Controller(Context &context) : ctx(context) { }
    virtual ~Controller() = default;
    virtual void registerRoutes(Router &router) = 0;

protected:
    template<typename C>
    void route(Router &router, const QByteArray &method, const QString &path,
        HttpResponse (C::*handler)(const HttpRequest &), RouteKind kind)
    {
        C *self = static_cast<C *>(this);
        router.add(method, path, wrap([self, handler](const HttpRequest &r) { return (self->*handler)(r); }), kind);
    }
    // A family's own answer conventions around every handler (the credits family's envelope).
    virtual Handler wrap(Handler handler) { return handler; }

    Context &ctx;
};

} // namespace bc::sandbox
