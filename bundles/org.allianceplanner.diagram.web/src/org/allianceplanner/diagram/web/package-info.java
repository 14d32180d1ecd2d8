/**
 * The diagram editor's web client (GLSP 2.3.0), shipped as files for the hosts that serve it.
 */
package org.allianceplanner.diagram.web;
