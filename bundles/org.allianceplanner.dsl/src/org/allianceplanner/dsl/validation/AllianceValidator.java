package org.allianceplanner.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;

/**
 * Language-level checks of plan files: names are unique within their namespace. The rules of the
 * Guidelines (docs/RULES.md) live in org.allianceplanner.validation and are composed in here.
 */
@ComposedChecks(validators = { NamesAreUniqueValidator.class, GuidelinesRulesValidator.class })
public class AllianceValidator extends AbstractAllianceValidator {
}
