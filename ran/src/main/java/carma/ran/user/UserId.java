package carma.ran.user;

/** Index of an emulated user (or of the user under test) in a RAN emulation, dense from 0. */
public record UserId(int value) {
    public UserId {
        if (value < 0) {
            throw new IllegalArgumentException("user id must be >= 0, got " + value);
        }
    }

    @Override
    public String toString() {
        return "user-" + value;
    }
}
