#pragma once

#include <QString>

#include <optional>

// How much an action may change a server. Drives the confirmation the UI asks for.
enum class Risk { ReadOnly, Safe, Disruptive, Destructive };

// "read-only", "safe", "disruptive", "destructive": the ids used in the catalog files.
QString riskId(Risk risk);
std::optional<Risk> riskFromId(const QString &id);
// Translated name for the UI.
QString riskDisplayName(Risk risk);
