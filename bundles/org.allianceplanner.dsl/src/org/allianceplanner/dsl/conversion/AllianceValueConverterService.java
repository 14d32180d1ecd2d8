package org.allianceplanner.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

import com.google.inject.Inject;

/** Value converters of the plan language's data type rules. */
public class AllianceValueConverterService extends DefaultTerminalConverters {

	@Inject
	private ClauseIdValueConverter clauseIdConverter;

	@Inject
	private MaintenanceCapabilityValueConverter maintenanceCapabilityConverter;

	@ValueConverter(rule = "ClauseId")
	public IValueConverter<String> ClauseId() {
		return clauseIdConverter;
	}

	@ValueConverter(rule = "CLAUSE_ID")
	public IValueConverter<String> CLAUSE_ID() {
		return clauseIdConverter;
	}

	@ValueConverter(rule = "MaintenanceCapability")
	public IValueConverter<Boolean> MaintenanceCapability() {
		return maintenanceCapabilityConverter;
	}
}
