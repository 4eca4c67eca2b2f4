package carma.server.api;

class ApiOnPostgresqlTest extends ApiContract {
    @Override
    String kind() {
        return "postgresql";
    }
}
