package ee.hoolekanne.domain.supportperson;

/** The fifteen counties of Estonia. */
public enum County {
    /** Harju. */ HARJU,
    /** Hiiu. */ HIIU,
    /** Ida-Viru. */ IDA_VIRU,
    /** Jõgeva. */ JOGEVA,
    /** Järva. */ JARVA,
    /** Lääne. */ LAANE,
    /** Lääne-Viru. */ LAANE_VIRU,
    /** Põlva. */ POLVA,
    /** Pärnu. */ PARNU,
    /** Rapla. */ RAPLA,
    /** Saare. */ SAARE,
    /** Tartu. */ TARTU,
    /** Valga. */ VALGA,
    /** Viljandi. */ VILJANDI,
    /** Võru. */ VORU
}
