/** Tests of the published contract as outside clients use it: generated clients and the committee's example script. */
package jp.yokoten.contract;
