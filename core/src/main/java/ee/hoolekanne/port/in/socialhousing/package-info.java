/**
 * Driving ports of Tartu social housing (TSM-1 .. TSM-25): one use case per command, each with its command record.
 */
package ee.hoolekanne.port.in.socialhousing;
