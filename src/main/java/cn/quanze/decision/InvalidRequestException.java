package cn.quanze.decision;

/** A request that cannot be answered as given; {@code code} is stable English, the message Chinese. */
public class InvalidRequestException extends RuntimeException {
    private final String code;

    public InvalidRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
