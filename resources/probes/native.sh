# Hoshu probe: native (systemd) deployment. Appended to lib.sh.
begin_probe
section os-release s_os_release
section loadavg s_loadavg
section meminfo s_meminfo
section df s_df
section df-inodes s_df_inodes
section units s_units
section timers s_timers
section cron s_cron
section env s_env
section certs s_certs
section served-certs s_served_certs
section sidekiq s_sidekiq
section journal s_journal
section reboot s_reboot
section updates s_updates
section mastodon-version s_mastodon_version
section software-updates s_software_updates
section ca-certificates s_ca_certificates
section smtp s_smtp
section detect s_detect
exit 0
