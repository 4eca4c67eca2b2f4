package carma.olsr;

/** Receives route changes as they happen. */
@FunctionalInterface
public interface RouteChangeListener {

    RouteChangeListener NONE = change -> { };

    void onRouteChange(RouteChange change);
}
