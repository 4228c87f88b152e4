/**
 * Action plans (tegevuskava), shared by every service: the parts a plan must contain (TSM-17),
 * goals and sub-goals with activities, timetable and who does them, and the interim and
 * follow-up evaluations of each goal. A draft becomes a plan only when every part is there;
 * otherwise every missing part is reported at once.
 */
package ee.hoolekanne.domain.actionplan;
