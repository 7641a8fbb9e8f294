hoshu_step free -h
hoshu_step ps -eo pid,user,rss,pcpu,etime,args --sort=-rss --cols 160 | head -n 22
hoshu_end_of_plan
