/**
 * Use-case implementations: {@link ee.hoolekanne.usecase.SocialHousingService} implements every
 * driving port of the social housing service over the driven ports.
 */
package ee.hoolekanne.usecase;
