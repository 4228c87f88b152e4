/**
 * The rules the library implements, as typed references: {@link ee.hoolekanne.domain.law.Rule}
 * holds every ID of the rule catalogue, so a legal basis cannot name a rule that does not exist
 * and every use of a rule is one "find usages". The provision a rule rests on (the paragraph of a
 * municipality's regulation, the source of a national service) is data of the service's rule set,
 * not of this enum.
 */
package ee.hoolekanne.domain.law;
