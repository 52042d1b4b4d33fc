# kubetutor: --nodes 2
kubectl create deployment web --image=httpd --replicas=2 --port=80
kubectl expose deployment web --name=web-cip --port=8080 --target-port=80
kubectl expose deployment web --name=web-np --type=NodePort --port=80
kubectl expose deployment web --name=web-lb --type=LoadBalancer --port=80
kubectl create service externalname web-ext --external-name=example.com
kubectl run client --image=curlimages/curl --command -- sleep 3600
kubectl get svc
CIP=$(kubectl get svc web-cip -o jsonpath='{.spec.clusterIP}')
NP=$(kubectl get svc web-np -o jsonpath='{.spec.ports[0].nodePort}')
LB=$(kubectl get svc web-lb -o jsonpath='{.status.loadBalancer.ingress[0].ip}')
curl -m 2 http://$CIP:8080
curl -s http://192.168.1.2:$NP
curl -s http://192.168.1.3:$NP
curl -s http://$LB
curl -s http://web-ext | grep title
ping -c 1 $CIP
ssh node01
echo "CIP=$CIP"
curl -s http://10.97.47.31:8080
curl -s -m 2 http://10.97.47.31
curl -s http://192.168.1.2:31475
curl -s http://192.168.1.240
exit
kubectl exec client -- curl -s http://web-cip:8080
kubectl exec client -- curl -s http://web-np
kubectl exec client -- curl -s http://192.168.1.3:$NP
kubectl exec client -- curl -s http://$LB
kubectl exec client -- curl -s http://web-ext | head -4
kubectl exec client -- nslookup web-ext
kubectl exec client -- curl -s -m 2 http://web-cip:80
