package ee.hoolekanne.domain.decision;

/** How a decision reached its addressee. */
public enum DeliveryMethod {
    /** Handed over in person, against signature. */
    IN_PERSON,
    /** By post, received. */
    POST,
    /** Electronically, delivered when the addressee opened it or confirmed receipt (not a notification e-mail alone). */
    ELECTRONIC
}
