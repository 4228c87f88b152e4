package ee.hoolekanne.domain.substitutecare;

/**
 * Who proposed a professional support person for a youth leaving care (AHT-10): the local
 * government or the regional provider. A trusted support person is the youth's own choice.
 */
public enum Proposer {
    /** The local government (KOV). */
    LOCAL_GOVERNMENT,
    /** The provider of the youth's region. */
    REGIONAL_PROVIDER
}
