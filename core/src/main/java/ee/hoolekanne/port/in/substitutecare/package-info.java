/**
 * Driving ports of the substitute-care support services for carer families, groups and substitute homes (AHT-1 .. AHT-8): one use case per command, each with its command record.
 */
package ee.hoolekanne.port.in.substitutecare;
