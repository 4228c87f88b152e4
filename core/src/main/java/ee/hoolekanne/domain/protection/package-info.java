/**
 * The support-person service for people with international or temporary protection (RVK-1 ..
 * RVK-10): the referral as a sealed lifecycle from the local government's referral decision
 * through the Social Insurance Board's referral to a provider, the support person's assignment
 * (within 5 working days), contact with the case manager and the three-party meeting, to a running
 * service with information requests, change notices, reports and evaluations, ending for an RVK-9
 * reason or after at most 12 months from the referral.
 */
package ee.hoolekanne.domain.protection;
