/** What every case of every service shares: its identifier. */
package ee.hoolekanne.domain.casefile;
