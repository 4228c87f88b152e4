/**
 * One support-person model for every service that provides support persons (RVK, AHT-9 ..
 * AHT-13, JUS-1 .. JUS-2): support persons with their kind, engagement, training, education and
 * languages; service providers as directory data with regions and validity periods; the
 * cooperation agreement, the client diary and reports to the local government; the funding
 * source. Support persons are identified by id only: their names are not the library's business.
 */
package ee.hoolekanne.domain.supportperson;
