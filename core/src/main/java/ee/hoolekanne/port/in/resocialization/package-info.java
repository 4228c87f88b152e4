/**
 * Driving ports of resocialization in Tallinn (RES-1 .. RES-11): one use case per command, each with its command record.
 */
package ee.hoolekanne.port.in.resocialization;
