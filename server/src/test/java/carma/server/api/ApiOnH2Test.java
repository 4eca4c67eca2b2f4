package carma.server.api;

class ApiOnH2Test extends ApiContract {
    @Override
    String kind() {
        return "h2";
    }
}
