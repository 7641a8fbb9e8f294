#pragma once

#include "catalog/ActionParameter.h"
#include "catalog/ActionVariant.h"
#include "catalog/Risk.h"

#include <QList>
#include <QMap>
#include <QString>

// One vetted remote action, as loaded from resources/actions/<id>.json and its
// <id>.<deployment>.sh scripts.
struct Action
{
    QString id;
    QString titleEn;
    QString titleJa;
    QString descriptionEn;
    QString descriptionJa;
    Risk risk = Risk::ReadOnly;
    bool needsRoot = false;
    int timeoutSec = 60;
    bool confirmByTypingName = false;
    bool mastodonDown = false; // Mastodon is unavailable while it runs
    QString estimateEn;        // how long it may take; empty = not said (short)
    QString estimateJa;
    QList<ActionParameter> parameters;
    QMap<QString, ActionVariant> variants; // key: "systemd" / "docker"

    QString title() const;       // by UiLanguage::current()
    QString description() const; // by UiLanguage::current()
    QString estimate() const;    // by UiLanguage::current(); may be empty
    const ActionVariant *variant(const QString &deployment) const; // nullptr if none
    const ActionParameter *parameter(const QString &name) const;   // nullptr if none
};
